async function initForm(form, api) {
  const settings = await api.loadSettings();
  form.submit((e) => {
    api.save(settings);
  });
}

module.exports = { initForm };
