// Loaded first by strict.html, as a file (the policy forbids inline scripts): records what the
// page's Content-Security-Policy refused, and any error, for src/test-support/strict.test.ts.
window.__seen = { violations: [], uncaught: [] };
document.addEventListener('securitypolicyviolation', (event) =>
  window.__seen.violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
);
window.addEventListener('error', (event) => window.__seen.uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__seen.uncaught.push(String(event.reason)));
