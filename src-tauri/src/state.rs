//! What the window holds while it runs: the open database (or the reason it could not
//! be opened, shown in the window rather than swallowed), the interface language, and
//! what it read of the computer at start: the same `--db`/`CARAVAN_DB` rule and acting
//! user as the command line (`caravan-host`), the downloads folder, the start-up probe.

use caravan_core::api::ErrorPayload;
use caravan_core::{Caravan, Error};
use caravan_i18n::Localizer;
use std::path::PathBuf;
use std::sync::RwLock;
use std::time::Instant;

#[derive(Debug)]
pub struct AppState {
    pub caravan: Result<Caravan, Error>,
    pub l10n: RwLock<Localizer>,
    pub system_locale: Option<String>,
    pub launched: Instant,
    /// Where an export goes when the window names no file.
    pub downloads: PathBuf,
    /// Set by the start-up benchmark: report the first paint and exit.
    pub startup_probe: bool,
}

fn open_seeded() -> Result<Caravan, Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let caravan = caravan_host::open(caravan_host::db_flag(&args))?;
    // A first start shows the demo alliance rather than an empty window.
    if caravan.is_empty()? {
        caravan.seed_demo()?;
    }
    Ok(caravan)
}

impl AppState {
    pub fn open(launched: Instant) -> Self {
        let system_locale = sys_locale::get_locale();
        let caravan = open_seeded();
        let locale = match &caravan {
            Ok(c) => c
                .ui_locale(system_locale.as_deref())
                .map(|u| u.locale)
                .unwrap_or_else(|_| caravan_i18n::SOURCE_LOCALE.to_owned()),
            Err(_) => system_locale
                .as_deref()
                .and_then(|s| caravan_i18n::negotiate(s).ok())
                .unwrap_or(caravan_i18n::SOURCE_LOCALE)
                .to_owned(),
        };
        let downloads = directories::UserDirs::new()
            .and_then(|d| d.download_dir().map(|p| p.to_path_buf()))
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()))
            .unwrap_or_default();
        AppState {
            caravan,
            l10n: RwLock::new(Localizer::for_locale(&locale)),
            system_locale,
            launched,
            downloads,
            startup_probe: std::env::var_os("CARAVAN_STARTUP_PROBE").is_some(),
        }
    }

    pub fn window_title(&self) -> String {
        self.localizer().tr("app--name", None)
    }

    pub fn localizer(&self) -> std::sync::RwLockReadGuard<'_, Localizer> {
        self.l10n.read().unwrap_or_else(|p| p.into_inner())
    }

    pub fn switch_locale(&self, locale: &str) {
        *self.l10n.write().unwrap_or_else(|p| p.into_inner()) = Localizer::for_locale(locale);
    }

    /// The open database, or the error that kept it closed, localised.
    pub fn caravan(&self) -> Result<&Caravan, ErrorPayload> {
        self.caravan.as_ref().map_err(|e| self.payload(e))
    }

    pub fn payload(&self, e: &Error) -> ErrorPayload {
        e.to_payload(&self.localizer())
    }
}
