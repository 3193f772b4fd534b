"""Issue 15, item 3: every bad numeric option is one line on stderr and exit status 2.

Hypothesis feeds ``patchscaler upscale`` (the real ``main``) random values of each numeric
option; the work itself is replaced by a recorder, so a valid value costs only the model's
load. An independent oracle says which values are valid.
"""

from __future__ import annotations

import contextlib
import io
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from patchscaler_gui import cli
from patchscaler_gui.cli import upscale as upscale_cmd
from patchscaler_gui.engine import device
from patchscaler_gui.engine.checkpoints import save_model
from patchscaler_gui.engine.choices import MAX_SEED
from tests.conftest import make_tiny_model

T = 15  # the tiny model's schedule length


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("options")
    model = save_model(make_tiny_model(), folder / "model", {"trained": False})
    photo = folder / "in.png"
    photo.write_bytes((Path(__file__).parents[1] / "data" / "photo_small.png").read_bytes())
    return model, photo


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _ints(text: str, n: int) -> list[int] | None:
    parts = text.split(",")
    try:
        values = [int(p) for p in parts]
    except ValueError:
        return None
    return values if len(values) == n else None


def valid(option: str, text: str) -> bool:
    """The documented range of each option, written independently of the parser."""
    if option in ("--budget", "--starts"):
        values = _ints(text, 3)
        low, high = (0, math.inf) if option == "--budget" else (1, T)
        return values is not None and all(low <= v <= high for v in values)
    if option == "--thresholds":
        parts = [_number(p) for p in text.split(",")]
        if len(parts) != 2 or None in parts:
            return False
        lo, hi = parts
        return 0.0 <= lo <= hi <= 1.0  # type: ignore[operator]
    if option == "--max-megapixels":
        value = _number(text)
        return value is not None and value > 0
    values = _ints(text, 1)
    low, high = {"--uniform": (1, math.inf), "--seed": (0, MAX_SEED),
                 "--quality": (1, 100), "--tile-memory": (1, 1 << 30)}[option]
    return values is not None and low <= values[0] <= high


def number_text() -> st.SearchStrategy[str]:
    ints = st.one_of(st.integers(-3, 20), st.integers(-(2**70), 2**70)).map(str)
    floats = st.floats(allow_nan=True, allow_infinity=True).map(repr)
    words = st.sampled_from(["", " ", "nan", "inf", "-inf", "1e400", "0x10", "1.5", "abc",
                             "½", "1_000", "٣"])
    return st.one_of(ints, floats, words, st.text(max_size=6))


def value_for(option: str) -> st.SearchStrategy[str]:
    if option in ("--budget", "--starts"):
        parts = st.lists(number_text(), min_size=2, max_size=4)
        return st.one_of(parts.map(",".join),
                         st.lists(st.integers(-2, 20), min_size=3, max_size=3)
                         .map(lambda v: ",".join(map(str, v))))
    if option == "--thresholds":
        good = st.floats(-0.5, 1.5)
        return st.one_of(st.lists(number_text(), min_size=1, max_size=3).map(",".join),
                         st.tuples(good, good).map(lambda v: f"{v[0]!r},{v[1]!r}"))
    return number_text()


OPTIONS = ["--budget", "--starts", "--thresholds", "--uniform", "--seed", "--quality",
           "--max-megapixels", "--tile-memory"]


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_numeric_option_is_valid_or_one_line_and_exit_2(setup: tuple[Path, Path],
                                                              data: st.DataObject) -> None:
    model, photo = setup
    option = data.draw(st.sampled_from(OPTIONS))
    text = data.draw(value_for(option))
    ran: list[Path] = []
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(upscale_cmd, "_one", lambda _m, src, *_a: ran.append(src))
        mp.setattr(device, "configure_cpu", lambda: 1)
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                code = cli.main(["upscale", str(photo), "-o", str(photo.with_name("o.png")),
                                 "--model", str(model), "--quiet", f"{option}={text}"])
            except SystemExit as exc:
                code = exc.code
    message = err.getvalue()
    if valid(option, text):
        assert code == 0, (option, text, message)
        assert ran == [photo]
    else:
        assert code == 2, (option, text, message)
        assert ran == []
        assert "Traceback" not in message
        assert message.count("\n") == 1 and "error" in message, (option, text, message)


@pytest.mark.parametrize("args", [["--starts", "0,5,99"], ["--starts", "1,5,99"],
                                  ["--thresholds", "2,-1"], ["--budget=-1,2,3"],
                                  ["--tile-memory", "-5"], ["--thresholds", "nan,0.1"],
                                  ["--quality", "0"], ["--max-megapixels", "inf"],
                                  ["--seed", str(MAX_SEED + 1)], ["--uniform", "0"]])
def test_the_reported_repros_are_one_line(setup: tuple[Path, Path], args: list[str],
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    model, photo = setup
    monkeypatch.setattr(device, "configure_cpu", lambda: 1)
    try:
        code = cli.main(["upscale", str(photo), "-o", str(photo.with_name("o.png")),
                         "--model", str(model), *args])
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err


@pytest.mark.parametrize("args", [["--threads", "0"], ["--images", "-1"], ["--crop", "2"],
                                  ["--sizes", "8,256"], ["--sizes", "a"]])
def test_bench_numbers_are_checked_by_the_parser(args: list[str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.build_parser().parse_args(["bench", *args])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1
