// Loaded by JupyterLab's MathJax 2 typesetter in place of MathJax (esslingen_lab.serve):
// respondent and facilitator text in the apps is never typeset, so `$\href{…}{…}$` stays text.
window.MathJax = {
  Hub: {
    Config: function () {},
    Configured: function () {},
    Queue: function () {},
    Register: {StartupHook: function () {}, MessageHook: function () {}}
  }
};
