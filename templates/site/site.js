/* cot-website: zoeken, profiel samenstellen en zelfbeoordeling. Alles gebeurt in de browser;
   er wordt niets opgeslagen of verstuurd. Alle teksten zijn vooraf door cot gemaakt. */
(function () {
  "use strict";

  // Like zoeken.normaliseer in cot: lower case, accents removed (client = cliënt).
  function normaliseer(tekst) {
    return tekst.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function el(naam, tekst) {
    var e = document.createElement(naam);
    if (tekst !== undefined) { e.textContent = tekst; }
    return e;
  }

  // A download link for text: from file:// Chromium ignores `download` on .md/.yaml links, not on blob: links.
  var blobs = {};
  function downloadLink(link, tekst, type) {
    if (blobs[link.id]) { URL.revokeObjectURL(blobs[link.id]); }
    blobs[link.id] = URL.createObjectURL(new Blob([tekst], {type: type + ";charset=utf-8"}));
    link.href = blobs[link.id];
  }

  /* ---- zoeken ---------------------------------------------------------------------------- */
  function zoeken() {
    var veld = document.getElementById("zoek");
    var data = document.getElementById("zoekindex");
    if (!veld || !data) { return; }
    var index = JSON.parse(data.textContent);
    var lijst = document.getElementById("zoekresultaten");
    var status = document.getElementById("zoekstatus");
    function toon() {
      var woorden = normaliseer(veld.value).split(/\s+/).filter(Boolean);
      lijst.textContent = "";
      if (!woorden.length) { status.textContent = ""; return; }
      var treffers = index.filter(function (item) {
        return woorden.every(function (w) { return item.z.indexOf(w) !== -1; });
      });
      status.textContent = treffers.length === 1 ? "1 resultaat" : treffers.length + " resultaten";
      treffers.slice(0, 100).forEach(function (item) {
        var li = el("li");
        var a = el("a", (item.nummer ? item.nummer + " " : "") + item.tekst);
        a.href = item.url;
        li.appendChild(el("span", item.soort + (item.rol ? " (" + item.rol + ")" : "") + ": "));
        li.appendChild(a);
        if (item.waar) { li.appendChild(el("span", " (in " + item.waar + ")")); }
        lijst.appendChild(li);
      });
    }
    veld.addEventListener("input", toon);
    toon();
  }

  /* ---- role and tasks, shared by both forms ----------------------------------------------- */
  function takenKeuze(form, opVerandering) {
    function rol() { return form.querySelector("input[name=rol]:checked").value; }
    function vakjes(r) {
      return Array.prototype.slice.call(form.querySelectorAll("fieldset.taken[data-rol='" + r + "'] input[name=taak]"));
    }
    function gekozen() { return vakjes(rol()).filter(function (v) { return v.checked; }).map(function (v) { return v.value; }); }
    // The selection's number: a bit per task, in catalogue order (as cot site writes them).
    function masker() {
      return vakjes(rol()).reduce(function (m, v, i) { return v.checked ? m | (1 << i) : m; }, 0);
    }
    function toonRol() {
      Array.prototype.forEach.call(form.querySelectorAll("fieldset.taken"), function (f) {
        f.hidden = f.getAttribute("data-rol") !== rol();
      });
    }
    // Tasks in the address (#taken=1,3,6 or ?taken=1,3,6, optionally rol=formeel): a link a coordinator can send.
    var adres = new URLSearchParams((location.hash || "").replace(/^#/, "") || location.search.replace(/^\?/, ""));
    if (adres.get("rol")) {
      var knop = form.querySelector("input[name=rol][value='" + adres.get("rol") + "']");
      if (knop) { knop.checked = true; }
    }
    if (adres.get("taken")) {
      var nummers = adres.get("taken").split(",").map(function (n) { return n.trim().toLowerCase(); });
      vakjes(rol()).forEach(function (v) {
        v.checked = nummers.indexOf(v.value.toLowerCase()) !== -1 || adres.get("taken") === "alle";
      });
    }
    form.addEventListener("change", function () { toonRol(); opVerandering(); });
    toonRol();
    return {rol: rol, gekozen: gekozen, masker: masker};
  }

  function takenTekst(nummers) {
    if (nummers.length === 1) { return "taak " + nummers[0]; }
    return "taken " + nummers.slice(0, -1).join(", ") + " en " + nummers[nummers.length - 1];
  }

  /* ---- profiel samenstellen ------------------------------------------------------------- */
  function samenstellen() {
    var form = document.getElementById("samensteller");
    if (!form || !window.COT_PROFIELEN) { return; }
    var data = window.COT_PROFIELEN;
    var profiel = document.getElementById("profiel");
    var status = document.getElementById("status");
    var downloads = document.getElementById("downloads");
    var keuze;
    function toon() {
      var masker = keuze.masker();
      var selectie = data.rollen[keuze.rol()][masker];
      downloads.hidden = !selectie;
      if (!selectie) {
        profiel.innerHTML = "";
        status.textContent = "Nog geen taken gekozen.";
        return;
      }
      // The blocks are HTML that cot rendered from its own Markdown, with all text escaped.
      profiel.innerHTML = selectie.b.map(function (i) { return data.blokken[i]; }).join("");
      var markdown = selectie.b.map(function (i) { return data.markdown[i]; }).join("");
      var naam = "profiel-" + keuze.rol() + "-" + keuze.gekozen().join("-");
      var yaml = document.getElementById("download-yaml");
      var md = document.getElementById("download-md");
      downloadLink(yaml, selectie.y, "application/yaml");
      yaml.setAttribute("download", naam + ".yaml");
      downloadLink(md, markdown, "text/markdown");
      md.setAttribute("download", naam + ".md");
      var word = document.getElementById("download-docx");
      document.getElementById("word").hidden = !selectie.w;
      document.getElementById("geen-word").hidden = !!selectie.w;
      if (selectie.w) {
        word.href = selectie.w;
        word.setAttribute("download", selectie.w.split("/").pop());
      } else {
        document.getElementById("word-opdracht").textContent =
          "cot profiel bouw --rol " + keuze.rol() + " --taken " + keuze.gekozen().join(",") + " -o profiel.docx";
      }
      status.textContent = "Het profiel voor " + takenTekst(keuze.gekozen()) + " staat hieronder.";
    }
    keuze = takenKeuze(form, toon);
    document.getElementById("afdrukken").addEventListener("click", function () { window.print(); });
    toon();
  }

  /* ---- zelfbeoordeling -------------------------------------------------------------------- */
  function yamlTekst(waarde) { return JSON.stringify(waarde); }  // a JSON string is a YAML double-quoted scalar

  function yamlSleutel(nummer) { return /^[0-9]+$/.test(nummer) ? nummer : yamlTekst(nummer); }

  function zelfbeoordeling() {
    var form = document.getElementById("zelfbeoordeling");
    var bron = document.getElementById("zelfdata");
    if (!form || !bron) { return; }
    var data = JSON.parse(bron.textContent);
    var link = document.getElementById("download-vrijwilliger");
    var melding = document.getElementById("melding");
    var keuze;

    function zichtbare() {
      return Array.prototype.slice.call(form.querySelectorAll("fieldset.competentie")).filter(function (f) {
        return !f.hidden;
      });
    }

    function yaml() {
      var regels = [
        "# Zelfbeoordeling, gemaakt op de cot-website. Persoonsgegevens: bewaar dit bestand niet langer dan nodig.",
        "# Een lijst van scholingsbehoeften: cot scholing gap vrijwilliger.yaml",
        "naam: " + yamlTekst(document.getElementById("naam").value.trim()),
        "rol: " + keuze.rol(),
        "taken: [" + keuze.gekozen().map(yamlTekst).join(", ") + "]"
      ];
      var datum = document.getElementById("datum").value;
      if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(datum)) { regels.push("datum: " + datum); }
      regels.push("catalogus_versie: " + yamlTekst(data.versie));
      var competenties = [];
      zichtbare().forEach(function (f) {
        var nummer = f.getAttribute("data-nummer");
        var score = f.querySelector("fieldset.schaal:not(.indicator) input:checked");
        if (!score) { return; }
        var toelichting = f.querySelector("textarea").value.trim();
        var indicatoren = Array.prototype.map.call(f.querySelectorAll("fieldset.indicator input:checked"), function (i) {
          return yamlSleutel(i.getAttribute("data-indicator")) + ": " + i.value;
        });
        if (!toelichting && !indicatoren.length) {
          competenties.push("  " + yamlTekst(nummer) + ": " + score.value);
          return;
        }
        competenties.push("  " + yamlTekst(nummer) + ":", "    score: " + score.value);
        if (toelichting) { competenties.push("    toelichting: " + yamlTekst(toelichting)); }
        if (indicatoren.length) { competenties.push("    indicatoren: {" + indicatoren.join(", ") + "}"); }
      });
      regels.push(competenties.length ? "competenties:" : "competenties: {}");
      return regels.concat(competenties).join("\n") + "\n";
    }

    function toon() {
      var nodig = data.nodig[keuze.rol()][keuze.masker()] || [];
      Array.prototype.forEach.call(form.querySelectorAll("fieldset.competentie"), function (f) {
        f.hidden = f.getAttribute("data-rol") !== keuze.rol() || nodig.indexOf(f.getAttribute("data-nummer")) === -1;
      });
      document.getElementById("geen-competenties").hidden = nodig.length > 0;
      var gekozen = keuze.gekozen();
      var deel = document.getElementById("deel");
      deel.hidden = !gekozen.length;
      var adres = location.href.replace(/[?#].*$/, "") + "#rol=" + keuze.rol() + "&taken=" + gekozen.join(",");
      document.getElementById("deel-link").href = adres;
      document.getElementById("deel-link").textContent = adres;
      var naam = document.getElementById("naam").value.trim();
      if (!gekozen.length || !naam) {
        link.hidden = true;
        melding.textContent = !gekozen.length ? "Kies eerst een of meer taken." : "Vul je naam in.";
        return;
      }
      var beoordeeld = zichtbare().filter(function (f) {
        return f.querySelector("fieldset.schaal:not(.indicator) input:checked");
      }).length;
      melding.textContent = beoordeeld + " van de " + nodig.length + " competenties beoordeeld.";
      downloadLink(link, yaml(), "application/yaml");
      link.hidden = false;
    }
    keuze = takenKeuze(form, toon);
    form.addEventListener("input", toon);
    toon();
  }

  zoeken();
  samenstellen();
  zelfbeoordeling();
}());
