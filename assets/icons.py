"""The home-screen icons (manifest.webmanifest): favicon.svg's drawing at 192 and 512 px, on a
full-bleed background so a launcher may cut it to any shape (maskable). Run: python3 assets/icons.py"""

from pathlib import Path

from PIL import Image, ImageDraw

BLUE, WHITE = (29, 78, 137), (255, 255, 255)


def icon(size: int) -> Image.Image:
    # the 32-unit drawing in the middle 70 % (a maskable icon's safe zone is the middle 80 %)
    s = size * 0.7 / 32
    o = size * 0.15
    p = lambda x, y: (o + x * s, o + y * s)  # noqa: E731
    img = Image.new("RGB", (size, size), BLUE)
    d = ImageDraw.Draw(img)
    d.polygon([p(9, 7), p(20, 7), p(25, 12), p(25, 25), p(9, 25)], fill=WHITE)
    for y, x1 in ((15, 21), (19, 21), (23, 18)):
        d.line([p(12, y), p(x1, y)], fill=BLUE, width=max(1, round(2 * s)))
    return img


for size in (192, 512):
    icon(size).save(Path(__file__).parent / f"icon-{size}.png", optimize=True)
