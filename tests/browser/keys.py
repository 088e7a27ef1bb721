"""The test server's keys and limits, shared by the live-server plugin and the tests."""

API_KEY = "test-key-main"
BROWSER_KEY = "test-key-browser"
RATE_KEY = "test-key-rate"
ADMIN_KEY = "test-admin-key"
RATE_LIMIT = 200
MAX_UPLOAD_BYTES = 60_000
