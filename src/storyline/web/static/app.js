// storyline pages: entity completion for the filter box, and each evidence mark scrolled into view.
"use strict";

function completeEntities(input) {
  const list = document.getElementById(input.getAttribute("list"));
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      const url = input.dataset.complete + "?limit=10&q=" + encodeURIComponent(q);
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const data = await response.json();
      list.replaceChildren(...data.items.map((entity) => {
        const option = document.createElement("option");
        option.value = entity.name;
        option.label = entity.kind + (entity.country ? " · " + entity.country : "");
        return option;
      }));
    }, 150);
  });
}

function revealEvidence(box) {
  const mark = box.querySelector("mark");
  if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 40);
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input[data-complete]").forEach(completeEntities);
  document.querySelectorAll(".source-text").forEach(revealEvidence);
});
