// "Cite this entry": each citation format is a <pre> that works without JavaScript. This adds a Copy button under each one
// and says in a live region whether the copy worked; where the clipboard is unavailable it selects the text instead.
for (const pre of document.querySelectorAll("pre[data-copy]")) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button--secondary cite__copy";
  button.textContent = "Copy";
  const what = document.createElement("span");
  what.className = "visually-hidden";
  what.textContent = ` ${pre.dataset.copy}`;
  button.append(what);
  const status = document.createElement("span");
  status.className = "cite__status";
  status.setAttribute("role", "status");

  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(pre.textContent);
      status.textContent = "Copied.";
    } catch {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy.";
    }
  });
  pre.after(button, status);
}
