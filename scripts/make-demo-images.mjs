// Draws the demo boutique's product pictures (made by the project, shipped under the project's license):
// one SVG per product from simple garment shapes, converted to PNG with ImageMagick so OBS's image source can show them too.
// Run: node scripts/make-demo-images.mjs   (needs `convert` from imagemagick)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve('resources/demo/images');
const catalog = JSON.parse(fs.readFileSync('resources/demo/catalog.json', 'utf8'));

const shapes = {
  tee: 'M150 70 L220 50 Q256 80 292 50 L362 70 L420 150 L370 180 L350 150 L350 430 L162 430 L162 150 L142 180 L92 150 Z',
  dress: 'M205 50 L307 50 L320 140 Q360 300 400 440 L112 440 Q152 300 192 140 Z',
  hoodie: 'M150 90 Q256 20 362 90 L420 200 L380 220 L360 180 L360 440 L152 440 L152 180 L132 220 L92 200 Z M210 90 Q256 150 302 90',
  scarf: 'M120 80 L392 80 L392 150 L300 150 L300 440 L240 440 L240 150 L120 150 Z',
  bag: 'M140 180 L372 180 L400 440 L112 440 Z M190 180 Q190 90 256 90 Q322 90 322 180',
  cap: 'M120 300 Q120 130 256 130 Q392 130 392 300 Z M392 300 L470 320 L392 330 Z',
  pants: 'M170 50 L342 50 L372 440 L282 440 L256 180 L230 440 L140 440 Z',
  skirt: 'M190 80 L322 80 L400 420 L112 420 Z',
  sock: 'M220 50 L300 50 L300 330 L380 380 Q400 440 340 440 L240 440 Q220 440 220 400 Z',
  ring: 'M256 140 A120 120 0 1 1 255.9 140 Z M256 190 A70 70 0 1 0 256.1 190 Z',
};

for (const p of catalog.products) {
  const d = shapes[p.shape];
  if (!d) throw new Error(`no shape ${p.shape} for ${p.code}`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  
  <rect width="512" height="512" rx="48" fill="${p.background}"/>
  <path d="${d}" fill="${p.color}" fill-rule="evenodd" stroke="#ffffff" stroke-opacity="0.35" stroke-width="6" stroke-linejoin="round"/>
  <text x="476" y="486" text-anchor="end" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="44" fill="#ffffff" fill-opacity="0.85">${p.code}</text>
</svg>`;
  const svgFile = path.join(out, `${p.code}.svg`);
  fs.writeFileSync(svgFile, svg);
  execFileSync('convert', ['-background', 'none', svgFile, path.join(out, `${p.code}.png`)]);
  fs.unlinkSync(svgFile);
}
console.log(`drew ${catalog.products.length} images into ${out}`);
