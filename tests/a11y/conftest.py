from tests.i18n.conftest import catalogues, compiled_catalogues  # noqa: F401 (shared fixtures)
