// Forms marked data-draft="name" keep what was typed in this browser until it is sent:
// a dropped connection, a closed tab or a dead battery loses nothing.
(function () {
  "use strict";
  const forms = document.querySelectorAll("form[data-draft]");
  forms.forEach((form) => {
    const key = `siaga-draft-${form.dataset.draft}`;
    const fields = () => Array.from(form.elements).filter(
      (el) => el.name && el.type !== "file" && el.type !== "hidden" && el.type !== "submit",
    );
    let saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || "{}"); } catch (e) { saved = {}; }
    fields().forEach((el) => {
      if (saved[el.name] !== undefined && !el.value) el.value = saved[el.name];
    });
    form.addEventListener("input", () => {
      const values = {};
      fields().forEach((el) => { if (el.value) values[el.name] = el.value; });
      localStorage.setItem(key, JSON.stringify(values));
    });
    form.addEventListener("submit", () => localStorage.removeItem(key));
  });
})();
