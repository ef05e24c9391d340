// Summary statistics for the measuring scripts (bench, lighthouse).

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
