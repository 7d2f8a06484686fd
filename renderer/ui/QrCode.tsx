import { create } from 'qrcode';

/**
 * A QR code drawn as SVG rectangles from the qrcode library's module matrix: no innerHTML, so the
 * strict CSP holds. Staff scan it to find the sign-up by its reference. The text beside it says the
 * same thing, so the image itself is decorative for assistive technology (EN 301 549 5.1.3.6).
 */
export function QrCode({ text, size = 160 }: { text: string; size?: number }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const quiet = 2; // quiet zone, in modules
  const cells: { x: number; y: number }[] = [];
  for (let y = 0; y < count; y += 1) {
    for (let x = 0; x < count; x += 1) {
      if (modules.get(y, x)) cells.push({ x, y });
    }
  }
  const extent = count + quiet * 2;
  return (
    <svg className="qr-code" width={size} height={size} viewBox={`0 0 ${extent} ${extent}`} aria-hidden="true" focusable="false" data-testid="qr-code" data-qr-text={text}>
      <rect width={extent} height={extent} fill="#ffffff" />
      {cells.map(({ x, y }) => (
        <rect key={`${x}-${y}`} x={x + quiet} y={y + quiet} width={1} height={1} fill="#000000" />
      ))}
    </svg>
  );
}
