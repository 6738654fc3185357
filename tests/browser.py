"""A real browser for the explorer's tests: Debian's Chromium, driven headless by Playwright.

Playwright is pointed at the system Chromium (``executable_path``): no browser is
downloaded. Where Chromium is missing it is installed from Debian's packages, as
``make test`` also does (``make browser``), so a fresh machine (CI runs as root) needs
nothing by hand.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

CHROMIUM_NAMES = ("chromium", "chromium-browser")
# WebGL (sigma.js) in a headless browser without a GPU: Chromium's software renderer
CHROMIUM_ARGS = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--no-sandbox"]


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def ensure_chromium() -> str:
    """The system Chromium's path, installed with apt-get first when it is missing."""
    path = find_chromium()
    if path:
        return path
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
            res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
            if res.returncode != 0:
                pytest.fail(f"{' '.join(cmd)} failed: {res.stderr[-600:]}")
        path = find_chromium()
    if not path:
        pytest.fail("Chromium is not installed: run `make browser` (apt-get install chromium) as root")
    return path
