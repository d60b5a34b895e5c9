/** A pushpin drawn inline: emoji fonts are not everywhere (OBS machines, minimal Linux installs). */
export function PinIcon({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="pin-icon">
      <path
        d="M14.5 2.5l7 7-2.2 1.1-3.6 3.6.6 4.6-1.8 1.8-4.4-4.4L4.5 21.8l-1.3-1.3 5.6-5.6-4.4-4.4L6.2 8.7l4.6.6 3.6-3.6z"
        fill="currentColor"
      />
    </svg>
  );
}
