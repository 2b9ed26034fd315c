// Shows possible duplicates of the youth as the worker types, with a "same youth / different youth"
// choice per candidate. The server asks again on save if anything is left unanswered, so this script
// only makes the question come earlier; without it the form still works.
(() => {
  const panel = document.getElementById('duplicates');
  const list = document.getElementById('Input_DuplicateAnswers');
  const form = panel && panel.closest('form');
  if (!form || !list) return;
  const field = name => form.querySelector(`[name="Input.${name}"]`);
  const given = field('GivenName'), family = field('FamilyName'), dob = field('DateOfBirth');
  let timer, lastQuery = '';

  // Answers already given survive a refresh of the list.
  const answers = () => {
    const chosen = new Map();
    list.querySelectorAll('input[type=radio]:checked').forEach(r => {
      const id = r.closest('fieldset').querySelector('input[name$=".CandidatePersonId"]').value;
      chosen.set(id, r.value);
    });
    return chosen;
  };

  // "12 May 2009 (17)", as the server writes a date of birth (BirthDates): the age on today's date in the
  // jurisdiction's time zone, not the browser's.
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const withAge = iso => {
    const [y, m, d] = iso.split('-').map(Number);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: panel.dataset.timeZone || undefined }).format(new Date());
    const [ty, tm, td] = today.split('-').map(Number);
    const age = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
    return `${d} ${months[m - 1]} ${y}` + (age >= 0 ? ` (${age})` : '');
  };

  const el = (tag, props = {}, ...children) => {
    const e = Object.assign(document.createElement(tag), props);
    children.forEach(c => e.append(c));
    return e;
  };

  const render = candidates => {
    const previous = answers();
    list.replaceChildren(...candidates.map((c, i) => {
      const prefix = `Input.DuplicateAnswers[${i}]`;
      const radio = (value, text) => {
        const input = el('input', { type: 'radio', name: `${prefix}.Verdict`, value, checked: previous.get(c.personId) === value });
        return el('label', {}, input, ` ${text}`);
      };
      const born = c.dateOfBirth ? `born ${withAge(c.dateOfBirth)}` : 'date of birth unknown';
      const legend = el('legend', {}, `${c.name}, ${born} `,
        el('span', { className: 'hint', textContent: `(match ${c.score.toFixed(2)}: ${c.reasons.join('; ')})` }));
      return el('li', {}, el('fieldset', {}, legend,
        el('input', { type: 'hidden', name: `${prefix}.CandidatePersonId`, value: c.personId }),
        el('input', { type: 'hidden', name: `${prefix}.Score`, value: String(c.score) }),
        radio('SamePerson', 'Same youth'), radio('DifferentPerson', 'A different youth')));
    }));
    panel.hidden = candidates.length === 0;
  };

  const check = async () => {
    const query = new URLSearchParams();
    [['givenName', given], ['familyName', family], ['dateOfBirth', dob]].forEach(([key, input]) => {
      if (input && input.value.trim()) query.set(key, input.value.trim());
    });
    if (query.toString() === lastQuery) return;
    lastQuery = query.toString();
    const response = await fetch(`/api/v1/people/duplicate-candidates?${query}`, { credentials: 'same-origin' });
    if (response.ok && lastQuery === query.toString()) render(await response.json());
  };

  [given, family, dob].forEach(input => input && input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  }));
})();
