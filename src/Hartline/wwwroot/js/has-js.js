// Marks the page as scripted before it is drawn: without scripts the menu shows as a plain list (site.css),
// since the "Menu" button that opens it on a phone needs USWDS's script.
document.documentElement.classList.add('has-js');
