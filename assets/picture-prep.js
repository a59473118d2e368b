// NotaWijzer's picture preparation, a worker started by picture-text.js when a patient opens a
// photo or a scan (never part of the first paint). It gets the picture already turned upright
// by its EXIF orientation and scaled down (createImageBitmap in the page), and makes what text
// recognition reads best: the page found, grey, the light evened out, the contrast stretched and
// the page straightened. Nothing here reads text; nothing leaves the device.
//
// In:  { bitmap: ImageBitmap }                 (transferred)
// Out: { width, height, grey: ArrayBuffer,      the prepared page, one byte per pixel
//        page: ImageBitmap,                     the same, for the strips beside the lines
//        light, sharp, angle }                  what was measured (0–255, 0–100, degrees)
//   or { error }

const SMALL = 4; // the analysis image is a quarter of the size in each direction

self.onmessage = ({ data }) => {
  try {
    const out = prepare(data.bitmap);
    self.postMessage(out, [out.grey, out.page]);
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
};

function prepare(bitmap) {
  const W = bitmap.width;
  const H = bitmap.height;
  const canvas = new OffscreenCanvas(W, H);
  const g = canvas.getContext('2d', { willReadFrequently: true });
  g.drawImage(bitmap, 0, 0);
  bitmap.close();
  const rgba = g.getImageData(0, 0, W, H).data;
  const grey = new Uint8ClampedArray(W * H);
  for (let i = 0, j = 0; i < grey.length; i += 1, j += 4) {
    grey[i] = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
  }

  // the analysis image: block means of SMALL × SMALL pixels
  const w = Math.max(1, Math.floor(W / SMALL));
  const h = Math.max(1, Math.floor(H / SMALL));
  const small = blockMeans(grey, W, H, w, h);

  // the page: the bright part of the picture (the paper on a darker table), by Otsu's threshold
  const box = pageBox(small, w, h);
  const light = mean(small, w, box);
  const sharp = sharpness(grey, W, H, box);

  // the light evened out: each pixel divided by the paper's brightness around it (the text
  // removed from that estimate by a maximum filter), then the contrast stretched
  const background = blur(maxFilter(small, w, h, 3), w, h, 4);
  const even = new Uint8ClampedArray(W * H);
  for (let y = 0; y < H; y += 1) {
    const sy = Math.min(h - 1, Math.floor(y / SMALL));
    for (let x = 0; x < W; x += 1) {
      const b = background[sy * w + Math.min(w - 1, Math.floor(x / SMALL))] || 1;
      even[y * W + x] = (grey[y * W + x] * 255) / b;
    }
  }
  stretch(even, W, box);

  // the page straightened: the angle at which the rows of ink line up best
  const angle = skew(even, W, H, box);

  // turn by −angle around the page's centre and crop to the page, on white
  const cw = (box.x1 - box.x0) * SMALL;
  const ch = (box.y1 - box.y0) * SMALL;
  const rgbaEven = new Uint8ClampedArray(W * H * 4);
  for (let i = 0, j = 0; i < even.length; i += 1, j += 4) {
    rgbaEven[j] = rgbaEven[j + 1] = rgbaEven[j + 2] = even[i];
    rgbaEven[j + 3] = 255;
  }
  g.putImageData(new ImageData(rgbaEven, W, H), 0, 0);
  const out = new OffscreenCanvas(cw, ch);
  const o = out.getContext('2d', { willReadFrequently: true });
  o.fillStyle = '#fff';
  o.fillRect(0, 0, cw, ch);
  o.translate(cw / 2, ch / 2);
  o.rotate((-angle * Math.PI) / 180);
  o.translate(-((box.x0 + box.x1) * SMALL) / 2, -((box.y0 + box.y1) * SMALL) / 2);
  o.imageSmoothingQuality = 'high';
  o.drawImage(canvas, 0, 0);
  const final = o.getImageData(0, 0, cw, ch).data;
  const bytes = new Uint8Array(cw * ch);
  for (let i = 0, j = 0; i < bytes.length; i += 1, j += 4) bytes[i] = final[j];
  return { width: cw, height: ch, grey: bytes.buffer, page: out.transferToImageBitmap(), light, sharp, angle };
}

function blockMeans(grey, W, H, w, h) {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h * SMALL; y += 1) {
    const row = (y / SMALL) | 0;
    for (let x = 0; x < w * SMALL; x += 1) out[row * w + ((x / SMALL) | 0)] += grey[y * W + x];
  }
  for (let i = 0; i < out.length; i += 1) out[i] /= SMALL * SMALL;
  return out;
}

function otsu(values) {
  const hist = new Float64Array(256);
  for (const v of values) hist[Math.max(0, Math.min(255, v | 0))] += 1;
  const total = values.length;
  let sum = 0;
  for (let t = 0; t < 256; t += 1) sum += t * hist[t];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let at = 128;
  for (let t = 0; t < 256; t += 1) {
    wB += hist[t];
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t];
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      at = t;
    }
  }
  return at;
}

// The rows and columns that are mostly paper: where more than 40 % of the analysis pixels are
// above the threshold between paper and table. A flat scan is paper everywhere.
function pageBox(small, w, h) {
  // a flat scan: the edge of the picture is as light as its middle (paper everywhere)
  const edge = [];
  const middle = [];
  const m = Math.max(1, Math.round(Math.min(w, h) * 0.03));
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const v = small[y * w + x];
      if (x < m || y < m || x >= w - m || y >= h - m) edge.push(v);
      else if (Math.abs(x - w / 2) < w / 4 && Math.abs(y - h / 2) < h / 4) middle.push(v);
    }
  }
  const median = (a) => a.sort((p, q) => p - q)[a.length >> 1] ?? 0;
  if (median(edge) > 0.8 * median(middle)) return { x0: 0, y0: 0, x1: w, y1: h };
  // paper and table differ far more than ink and paper do at this scale
  const t = otsu(blur(small, w, h, 6));
  const bright = (x, y) => small[y * w + x] > t;
  const rows = [];
  for (let y = 0; y < h; y += 1) {
    let n = 0;
    for (let x = 0; x < w; x += 1) if (bright(x, y)) n += 1;
    rows.push(n / w);
  }
  let [y0, y1] = span(rows, 0.4, h);
  const cols = [];
  for (let x = 0; x < w; x += 1) {
    let n = 0;
    for (let y = y0; y < y1; y += 1) if (bright(x, y)) n += 1;
    cols.push(n / Math.max(1, y1 - y0));
  }
  let [x0, x1] = span(cols, 0.4, w);
  // too small to be the page (a bright spot): the whole picture
  if ((x1 - x0) * (y1 - y0) < 0.2 * w * h) [x0, y0, x1, y1] = [0, 0, w, h];
  return { x0, y0, x1, y1 };
}

// The longest run of entries above `at`, as [start, end).
function span(profile, at, n) {
  let best = [0, n];
  let bestLen = 0;
  let start = -1;
  for (let i = 0; i <= n; i += 1) {
    if (i < n && profile[i] > at) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > bestLen) {
        bestLen = i - start;
        best = [start, i];
      }
      start = -1;
    }
  }
  return bestLen > 0 ? best : [0, n];
}

function mean(small, w, box) {
  let s = 0;
  let n = 0;
  for (let y = box.y0; y < box.y1; y += 1) {
    for (let x = box.x0; x < box.x1; x += 1) {
      s += small[y * w + x];
      n += 1;
    }
  }
  return n ? Math.round(s / n) : 0;
}

// How sharp the writing is, 0–100: the strongest step between neighbouring pixels (the 99.5th
// percentile) against the page's contrast. Print in focus steps from ink to paper in a pixel or
// two; out of focus, the step is spread over many.
function sharpness(grey, W, H, box) {
  const hist = new Float64Array(256);
  const contrast = new Float64Array(256);
  const x0 = box.x0 * SMALL;
  const x1 = Math.min(W - 1, box.x1 * SMALL);
  const y0 = box.y0 * SMALL;
  const y1 = Math.min(H - 1, box.y1 * SMALL);
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const v = grey[y * W + x];
      contrast[v] += 1;
      const d = Math.abs(v - grey[y * W + x + 1]) + Math.abs(v - grey[(y + 1) * W + x]);
      hist[Math.min(255, d)] += 1;
    }
  }
  const step = percentile(hist, 0.995);
  const range = Math.max(1, percentile(contrast, 0.95) - percentile(contrast, 0.01));
  return Math.min(100, Math.round((100 * step) / range));
}

function percentile(hist, p) {
  let total = 0;
  for (const n of hist) total += n;
  let seen = 0;
  for (let v = 0; v < 256; v += 1) {
    seen += hist[v];
    if (seen >= p * total) return v;
  }
  return 255;
}

function maxFilter(src, w, h, r) {
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let m = 0;
      for (let d = -r; d <= r; d += 1) m = Math.max(m, src[y * w + Math.min(w - 1, Math.max(0, x + d))]);
      tmp[y * w + x] = m;
    }
  }
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let m = 0;
      for (let d = -r; d <= r; d += 1) m = Math.max(m, tmp[Math.min(h - 1, Math.max(0, y + d)) * w + x]);
      out[y * w + x] = m;
    }
  }
  return out;
}

function blur(src, w, h, r) {
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  const n = 2 * r + 1;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let s = 0;
      for (let d = -r; d <= r; d += 1) s += src[y * w + Math.min(w - 1, Math.max(0, x + d))];
      tmp[y * w + x] = s / n;
    }
  }
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let s = 0;
      for (let d = -r; d <= r; d += 1) s += tmp[Math.min(h - 1, Math.max(0, y + d)) * w + x];
      out[y * w + x] = s / n;
    }
  }
  return out;
}

// Ink at 0, paper at 255 inside the page: the darkest 1 % of the page becomes black.
function stretch(even, W, box) {
  const hist = new Float64Array(256);
  for (let y = box.y0 * SMALL; y < box.y1 * SMALL; y += 3) {
    for (let x = box.x0 * SMALL; x < box.x1 * SMALL; x += 3) hist[even[y * W + x]] += 1;
  }
  const lo = Math.min(percentile(hist, 0.01), 200);
  const hi = Math.max(percentile(hist, 0.9), lo + 40);
  const map = new Uint8ClampedArray(256);
  for (let v = 0; v < 256; v += 1) map[v] = ((v - lo) * 255) / (hi - lo);
  for (let i = 0; i < even.length; i += 1) even[i] = map[even[i]];
}

// The page's skew in degrees (−10 to 10): the angle whose rows of ink have the most contrast
// between line and gap (the sum of squares of the projection profile), first in steps of half a
// degree, then of a twentieth around the best.
function skew(even, W, H, box) {
  const points = [];
  const step = 2;
  for (let y = box.y0 * SMALL; y < Math.min(H, box.y1 * SMALL); y += step) {
    for (let x = box.x0 * SMALL; x < Math.min(W, box.x1 * SMALL); x += step) {
      if (even[y * W + x] < 128) points.push(x, y);
    }
  }
  if (points.length < 200) return 0;
  const offset = Math.ceil(W / step) + 2; // y − x·tan(10°) is never below −W/5
  const bins = new Float64Array(Math.ceil((H + W) / step) + 2 * offset);
  const score = (deg) => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < points.length; i += 2) {
      bins[Math.round((points[i + 1] - points[i] * t) / step) + offset] += 1;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i += 1) s += bins[i] * bins[i];
    return s;
  };
  let best = 0;
  let bestScore = -1;
  for (let deg = -10; deg <= 10; deg += 0.5) {
    const s = score(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  const coarse = best;
  for (let deg = coarse - 0.5; deg <= coarse + 0.5; deg += 0.05) {
    const s = score(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  return Math.round(best * 100) / 100;
}
