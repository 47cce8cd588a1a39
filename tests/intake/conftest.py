"""The `home` fixture: a home folder with a small register (see intake_home.py)."""
import pytest

from intake_home import make_home


@pytest.fixture
def home(tmp_path):
    return make_home(tmp_path)
