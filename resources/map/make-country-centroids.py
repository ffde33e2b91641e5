#!/usr/bin/env python3
# Regenerates country-centroids.csv from countries-50m.json (world-atlas, Natural Earth)
# and the ISO 3166-1 table of the iso-codes package. The centroid is the area-weighted
# centre of a country's largest polygon, so that overseas territories do not pull it into
# the sea (France stays in France, not in the Atlantic towards French Guiana).
import csv, json, sys

atlas = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "countries-50m.json"))
iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
alpha2 = {e["numeric"]: e["alpha_2"] for e in iso}

sx, sy = atlas["transform"]["scale"]
tx, ty = atlas["transform"]["translate"]
arcs = []
for arc in atlas["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)

def ring(indices):
    out = []
    for i in indices:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    # Unwrap so that rings crossing the antimeridian stay continuous.
    res = [out[0]]
    for lon, lat in out[1:]:
        prev = res[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        res.append((lon, lat))
    return res

def centroid(pts):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-12:
        return 0.0, pts[0][0], pts[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)

rows = []
for g in atlas["objects"]["countries"]["geometries"]:
    code = alpha2.get(g.get("id"))
    if not code or g["type"] not in ("Polygon", "MultiPolygon"):
        continue
    polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
    best = max((centroid(ring(p[0])) for p in polys), key=lambda t: t[0])
    lon = (best[1] + 180) % 360 - 180
    rows.append((code, g["id"], round(best[2], 2), round(lon, 2), g["properties"]["name"]))

rows.sort()
w = csv.writer(open("country-centroids.csv", "w", newline=""), lineterminator="\n")
w.writerow(["alpha2", "numeric", "latitude", "longitude", "name"])
w.writerows(rows)
print(len(rows), "countries")
