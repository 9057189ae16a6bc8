/** Building PDF content-stream text: numbers, colours and path operators. */

/** A number as PDF writes it: at most 3 decimals, no trailing zeros. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const s = (Math.round(n * 1000) / 1000).toString();
  return s === '-0' ? '0' : s;
}

/** `#rrggbb` → `r g b` in 0–1. */
export function rgb(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  return `${num(((v >> 16) & 255) / 255)} ${num(((v >> 8) & 255) / 255)} ${num((v & 255) / 255)}`;
}

const OPS: Record<string, [arity: number, op: string]> = { M: [2, 'm'], L: [2, 'l'], C: [6, 'c'] };

/**
 * SVG path data (absolute M, L, C, Q, Z only: what the symbol build writes) to PDF path
 * operators. The build already rounded the numbers, so they are copied through as text
 * (this runs for every path of every symbol in an export); quadratic curves become cubic.
 */
export function pathOps(d: string): string {
  const tokens = d.match(/[A-DF-Za-df-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let out = '';
  let i = 0;
  let cmd = '';
  let cx = '0';
  let cy = '0';
  let sx = '0';
  let sy = '0';
  while (i < tokens.length) {
    const t = tokens[i];
    const c = t.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      cmd = t;
      i++;
      if (cmd === 'Z' || cmd === 'z') {
        out += 'h\n';
        cx = sx;
        cy = sy;
        continue;
      }
      if (i >= tokens.length) break;
    }
    const op = OPS[cmd];
    if (op) {
      const [n, name] = op;
      for (let k = 0; k < n; k++) out += tokens[i + k] + ' ';
      out += name + '\n';
      cx = tokens[i + n - 2];
      cy = tokens[i + n - 1];
      if (cmd === 'M') {
        sx = cx;
        sy = cy;
        cmd = 'L'; // further pairs after M are lines
      }
      i += n;
    } else if (cmd === 'Q') {
      const [x0, y0, qx, qy, x, y] = [cx, cy, tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]].map(Number);
      out += `${num(x0 + (2 / 3) * (qx - x0))} ${num(y0 + (2 / 3) * (qy - y0))} ${num(x + (2 / 3) * (qx - x))} ${num(y + (2 / 3) * (qy - y))} ${num(x)} ${num(y)} c\n`;
      cx = tokens[i + 2];
      cy = tokens[i + 3];
      i += 4;
    } else {
      throw new Error(`Unsupported path command ${cmd}`);
    }
  }
  return out.slice(0, -1);
}

/** Bézier constant for quarter circles. */
const K = 0.5522847498;

export function ellipseOps(x: number, y: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  const cx = x + rx;
  const cy = y + ry;
  const ox = rx * K;
  const oy = ry * K;
  return [
    `${num(cx - rx)} ${num(cy)} m`,
    `${num(cx - rx)} ${num(cy - oy)} ${num(cx - ox)} ${num(cy - ry)} ${num(cx)} ${num(cy - ry)} c`,
    `${num(cx + ox)} ${num(cy - ry)} ${num(cx + rx)} ${num(cy - oy)} ${num(cx + rx)} ${num(cy)} c`,
    `${num(cx + rx)} ${num(cy + oy)} ${num(cx + ox)} ${num(cy + ry)} ${num(cx)} ${num(cy + ry)} c`,
    `${num(cx - ox)} ${num(cy + ry)} ${num(cx - rx)} ${num(cy + oy)} ${num(cx - rx)} ${num(cy)} c`,
    'h',
  ].join('\n');
}

export function roundRectOps(x: number, y: number, w: number, h: number, r: number): string {
  if (!r) return `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
  const rr = Math.min(r, Math.abs(w) / 2, Math.abs(h) / 2);
  const o = rr * (1 - K);
  const x2 = x + w;
  const y2 = y + h;
  return [
    `${num(x + rr)} ${num(y)} m`,
    `${num(x2 - rr)} ${num(y)} l`,
    `${num(x2 - o)} ${num(y)} ${num(x2)} ${num(y + o)} ${num(x2)} ${num(y + rr)} c`,
    `${num(x2)} ${num(y2 - rr)} l`,
    `${num(x2)} ${num(y2 - o)} ${num(x2 - o)} ${num(y2)} ${num(x2 - rr)} ${num(y2)} c`,
    `${num(x + rr)} ${num(y2)} l`,
    `${num(x + o)} ${num(y2)} ${num(x)} ${num(y2 - o)} ${num(x)} ${num(y2 - rr)} c`,
    `${num(x)} ${num(y + rr)} l`,
    `${num(x)} ${num(y + o)} ${num(x + o)} ${num(y)} ${num(x + rr)} ${num(y)} c`,
    'h',
  ].join('\n');
}

/** Matrix for a rotation by `deg` degrees clockwise on a y-down page. */
export function rotationMatrix(deg: number): string {
  const r = (deg * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return `${num(c)} ${num(s)} ${num(-s)} ${num(c)} 0 0 cm`;
}
