// Pictograms beside words on the main choices (ACCESSIBILITY.md, "Cognitive"). They are decorative
// here because the button text says the same; the spoken text is the button's label (EN 301 549 5.1.3.6).
const common = { viewBox: '0 0 48 48', 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 3.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function BriefcasePictogram() {
  return (
    <svg {...common}>
      <rect x="5" y="14" width="38" height="26" rx="4" />
      <path d="M17 14v-4a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v4M5 25h38" />
    </svg>
  );
}

export function BookPictogram() {
  return (
    <svg {...common}>
      <path d="M24 12c-5-4-12-4-18-2v28c6-2 13-2 18 2 5-4 12-4 18-2V10c-6-2-13-2-18 2zM24 12v28" />
    </svg>
  );
}

export function CoinPictogram() {
  return (
    <svg {...common}>
      <circle cx="24" cy="24" r="18" />
      <path d="M17 15l7 9 7-9M16 26h16M16 32h16M24 24v13" />
    </svg>
  );
}

export function EyeEarPictogram() {
  return (
    <svg {...common}>
      <path d="M3 22c5-8 12-12 19-12s14 4 19 12c-5 8-12 12-19 12S8 30 3 22z" />
      <circle cx="22" cy="22" r="5" />
      <path d="M36 40c2 2 6 1 7-2 1-4-3-5-3-8a5 5 0 0 0-10 0" />
    </svg>
  );
}

export function EasyReadPictogram() {
  return (
    <svg {...common}>
      <circle cx="24" cy="24" r="19" />
      <circle cx="17" cy="20" r="1.5" />
      <circle cx="31" cy="20" r="1.5" />
      <path d="M15 29c5 6 13 6 18 0" />
    </svg>
  );
}
