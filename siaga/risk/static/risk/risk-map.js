// The vulnerability map: the scope's children coloured by level (choropleth where shapes
// exist, markers sized by score where only a centroid is known). Data comes with the page.
(function () {
  "use strict";
  const el = document.getElementById("map");
  const source = document.getElementById("map-data");
  if (!el || !source || typeof L === "undefined") return;
  const data = JSON.parse(source.textContent);
  const colours = ["#4f9d69", "#e0a526", "#c73a3a"];
  const map = L.map(el, { zoomSnap: 0.25 });
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.tileAttribution, maxZoom: 18 }).addTo(map);
  }
  const popup = (p) => {
    const box = document.createElement("div");
    const title = document.createElement("b");
    title.textContent = `${p.label}: ${p.score}`;
    const down = document.createElement("a");
    const url = new URL(el.dataset.regionUrl, window.location.href);
    url.searchParams.set("region", p.code);
    down.href = url.toString();
    down.textContent = "▼";
    const page = document.createElement("a");
    page.href = el.dataset.pageUrl.replace("CODE", encodeURIComponent(p.code));
    page.textContent = "ⓘ";
    box.append(title, " ", down, " ", page);
    return box;
  };
  const layers = [];
  if (data.outline) {
    layers.push(L.geoJSON(data.outline, { style: { color: "#333", weight: 2, fill: false } }));
  }
  layers.push(L.geoJSON(data.features.filter((f) => f.geometry), {
    style: (f) => ({ color: "#444", weight: 1, fillColor: colours[f.properties.rating], fillOpacity: 0.25 + f.properties.score / 160 }),
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {
      radius: 5 + f.properties.score / 8, color: "#333", weight: 1,
      fillColor: colours[f.properties.rating], fillOpacity: 0.85,
    }),
    onEachFeature: (f, layer) => {
      layer.bindPopup(popup(f.properties));
      layer.bindTooltip(`${f.properties.name} · ${f.properties.score}`, { sticky: true });
    },
  }));
  const group = L.featureGroup(layers).addTo(map);
  const bounds = group.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  else map.setView([-2.5, 118], 4);
  el.dataset.ready = "true";
})();
