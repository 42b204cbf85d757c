// The sidebar client. Placeholder until the add-on issue builds the overview and customer card.
const app = document.getElementById('app');
if (app) app.textContent = 'Regulars';
