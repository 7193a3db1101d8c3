// The home map: the user's region and the regions below it, drawn from data in the page.
// No tiles unless the deployment configures a tile server, so it works offline.
(function () {
  "use strict";
  const el = document.getElementById("map");
  const source = document.getElementById("map-data");
  if (!el || !source || typeof L === "undefined") return;
  const data = JSON.parse(source.textContent);
  const map = L.map(el, { zoomSnap: 0.25 });
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.tileAttribution, maxZoom: 18 }).addTo(map);
  }
  const link = (p) => {
    const a = document.createElement("a");
    a.href = `${el.dataset.browseUrl}${encodeURIComponent(p.code)}/`;
    a.textContent = p.label;
    return a;
  };
  const layers = [];
  if (data.outline) {
    layers.push(L.geoJSON(data.outline, { style: { color: "#8a1c1c", weight: 2, fill: false } }));
  }
  const features = data.features.filter((f) => f.geometry);
  layers.push(L.geoJSON(features, {
    style: { color: "#555", weight: 1, fillColor: "#f3d9c4", fillOpacity: 0.6 },
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {
      radius: 6, color: "#8a1c1c", weight: 1, fillColor: "#d94f4f", fillOpacity: 0.8,
    }),
    onEachFeature: (f, layer) => {
      if (f.properties.code === data.focus && layer.setStyle) {
        layer.setStyle({ color: "#8a1c1c", weight: 3, fillColor: "#d94f4f" });
      }
      layer.bindPopup(link(f.properties));
      if (f.geometry.type !== "Point") layer.bindTooltip(f.properties.name, { sticky: true });
    },
  }));
  const group = L.featureGroup(layers).addTo(map);
  const bounds = group.getBounds();
  if (bounds.isValid()) {
    map.fitBounds(bounds, { padding: [8, 8] });
  } else if (data.region && data.region.latitude !== null) {
    map.setView([data.region.latitude, data.region.longitude], 10);
  } else {
    map.setView([-2.5, 118], 4);
  }
  el.dataset.ready = "true";
})();
