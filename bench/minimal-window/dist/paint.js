// Reports the first paint to the shell, two frames after load, as Caravan's list does.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("painted")));
