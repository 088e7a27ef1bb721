"""The widget in a real Chromium, embedded with one script tag in a page from another origin."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import httpx
import pytest

from tests.browser.keys import ADMIN_KEY, API_KEY, BROWSER_KEY

pytest_plugins = ["tests.browser.live_server"]
pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
QUESTION = "Hva er ledergruppens rolle i arbeidet med samfunnsdelen?"
PWNED = "window.__samspillPwned"
PAYLOAD = f'<img src=x onerror="{PWNED}=1"><script>{PWNED}=1</script>'

# The intranet's own CSS is hostile on purpose: the Shadow DOM must keep the widget intact.
INTRANET_PAGE = """<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <title>Fjordvik kommune – intranett</title>
  <style>
    body {{ font-family: Georgia, serif; margin: 0; background: #ffffff; color: #222222; }}
    header {{ background: #1f3b5c; color: #ffffff; padding: .75rem 1.5rem; }}
    main {{ padding: 1rem 1.5rem; max-width: 60rem; }}
    button, textarea {{ display: none !important; }}
    p {{ font-size: 30px; }}
  </style>
</head>
<body>
  <header><p style="font-size:1.25rem;margin:0">Fjordvik kommune – intranett</p></header>
  <main>
    <h1>Planarbeid</h1>
    <script src="{api}/widget.js" data-role="folkevalgt" data-api="{api}" data-api-key="{key}" defer></script>
  </main>
</body>
</html>
"""


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debians Chromium finnes ikke i /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def intranet_url(intranet, live_server) -> str:
    (intranet.folder / "index.html").write_text(
        INTRANET_PAGE.format(api=live_server.url, key=BROWSER_KEY), encoding="utf-8")
    return f"{intranet.origin}/index.html"


@pytest.fixture
def page(browser, intranet_url):
    context = browser.new_context(locale="nb-NO", viewport={"width": 1000, "height": 1400})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(intranet_url)
    tab.locator("textarea#samspill-question").wait_for()
    yield tab
    context.close()
    assert not errors, errors


def ask(page, question: str) -> None:
    page.locator("textarea#samspill-question").fill(question)
    page.locator("button[type=submit]").click()
    wait_for_answer(page)


def wait_for_answer(page) -> None:
    page.locator(".status", has_text="Svaret er klart.").wait_for(timeout=60_000)


def active(page) -> dict:
    """The focused element inside the widget's shadow root."""
    return page.evaluate("""() => {
        const host = document.querySelector('.samspill-widget');
        const el = host && host.shadowRoot.activeElement;
        return el ? {tag: el.tagName.toLowerCase(), cls: el.className, id: el.id, text: el.textContent} : {};
    }""")


def tab_to(page, matches, limit: int = 15) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = active(page)
        if matches(focused):
            return focused
    raise AssertionError(f"Fant ikke elementet med Tab; står på {active(page)}")


def test_streamed_answer_with_citations_badges_and_screenshot(page, live_server):
    expected = httpx.post(f"{live_server.url}/api/ask", json={"question": QUESTION, "role": "folkevalgt"},
                          headers={"X-API-Key": API_KEY}, timeout=120).json()
    with page.expect_response(lambda r: r.url.endswith("/api/ask/stream")) as streamed:
        ask(page, QUESTION)
    assert streamed.value.headers["content-type"].startswith("text/event-stream")
    answer = page.locator(".answer")
    assert answer.get_attribute("aria-live") == "polite"
    first_quote = next(s["text"] for s in expected["sentences"] if s["sources"])
    assert first_quote in answer.inner_text()
    badges = page.locator(".answer .badge")
    labels = [badges.nth(i).get_attribute("data-label") for i in range(badges.count())]
    assert labels == [s["label"] for s in expected["sentences"]]
    display = {"fact": "Fakta", "professional_advice": "Faglig råd", "political_choice": "Politisk valg"}
    assert all(text.split()[-1] in display[label].split() for text, label in zip(badges.all_inner_texts(), labels))
    assert page.locator(".disclaimer").inner_text().startswith("Svarene lages av et KI-system")
    listed = page.locator(".source-list li").all_inner_texts()
    assert len(listed) == len(expected["sources"])
    for text, source in zip(listed, expected["sources"]):  # an uncited closest passage says so
        assert ("ikke sitert i svaret" in text) == (not source["cited"])

    page.locator(".answer .cite").first.click()
    viewer = page.locator("#samspill-viewer")
    viewer.wait_for()
    source = expected["sources"][0]
    assert source["document"] in viewer.inner_text()
    if source["section"]:
        assert source["section"] in viewer.inner_text()
    assert page.locator(".feedback").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget.png"), full_page=True)


def test_keyboard_only(page):
    tab_to(page, lambda f: f.get("id") == "samspill-question")
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    wait_for_answer(page)
    citation = tab_to(page, lambda f: "cite" in f.get("cls", ""))
    page.keyboard.press("Enter")
    page.locator("#samspill-viewer").wait_for()
    assert active(page)["id"] == "samspill-viewer-title"
    number = citation["text"].split("]")[0] + "]"
    assert number in page.locator("#samspill-viewer-title").inner_text()
    page.keyboard.press("Escape")
    assert page.locator("#samspill-viewer").is_hidden()
    assert "cite" in active(page)["cls"]  # focus goes back to the citation
    focus_style = page.evaluate("""() => {
        const el = document.querySelector('.samspill-widget').shadowRoot.activeElement;
        const style = getComputedStyle(el);
        return style.outlineStyle + ' ' + style.outlineWidth;
    }""")
    assert focus_style == "solid 3px"


def test_markup_in_questions_and_documents_is_never_executed(page, live_server):
    text = ("Kaiområdet i Markørvika\n\n"
            f"Kaiområdet i Markørvika {PAYLOAD} har plass til tolv fiskebåter og en ny flytebrygge. "
            f"Flytebrygga i Markørvika ble bygd i 2022 {PAYLOAD} og har strøm og vann.\n")
    response = httpx.post(f"{live_server.url}/api/ingest", headers={"X-Admin-Key": ADMIN_KEY}, timeout=120,
                          files={"files": ("markorvika.txt", text.encode(), "text/plain")})
    assert response.status_code == 200, response.text

    ask(page, f"{PAYLOAD} Hvor mange fiskebåter har kaiområdet i Markørvika?")
    page.locator(".answer .cite").first.click()
    viewer = page.locator("#samspill-viewer")
    viewer.wait_for()
    assert "onerror=" in viewer.inner_text() or "onerror=" in page.locator(".answer").inner_text()
    assert page.evaluate(f"() => {PWNED}") is None
    assert page.evaluate("() => document.querySelector('.samspill-widget').shadowRoot.querySelectorAll('img, script').length") == 0


def test_no_serious_accessibility_violations(page):
    if importlib.util.find_spec("axe_playwright_python") is None:
        pytest.skip("axe-core mangler: installer testavhengighetene (pip install -e '.[dev]')")
    from importlib.resources import files

    ask(page, QUESTION)
    page.locator(".answer .cite").first.click()
    page.get_by_role("button", name="Nei").click()  # open the feedback reasons too
    page.add_script_tag(content=(files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8"))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)
