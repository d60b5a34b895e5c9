import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

const cache = new Map<string, string>();

/** A QR code drawn in the page (no network), as a data URL image. */
export function QrCode(props: { url: string; className?: string }) {
  const [dataUrl, setDataUrl] = useState<string | null>(() => cache.get(props.url) ?? null);
  useEffect(() => {
    const cached = cache.get(props.url);
    if (cached) {
      setDataUrl(cached);
      return;
    }
    let live = true;
    QRCode.toDataURL(props.url, { errorCorrectionLevel: 'M', margin: 1, width: 288, color: { dark: '#111111', light: '#ffffff' } }).then(
      (made) => {
        cache.set(props.url, made);
        if (live) setDataUrl(made);
      },
      // A URL too long for a QR code: no code rather than a broken image.
      () => live && setDataUrl(null),
    );
    return () => {
      live = false;
    };
  }, [props.url]);
  return dataUrl ? <img className={props.className} src={dataUrl} alt="" draggable={false} /> : null;
}
