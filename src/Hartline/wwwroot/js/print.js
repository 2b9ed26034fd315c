// Buttons marked data-print print the page (the CSP forbids inline handlers).
document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
