//! What the window holds while it runs: the open database (or the reason it could not
//! be opened, shown in the window rather than swallowed) and the interface language.

use caravan_core::api::ErrorPayload;
use caravan_core::{Caravan, Error, SystemClock};
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
}

/// `--db PATH` on the command line, else `CARAVAN_DB`, else the platform's data folder —
/// the same rule as the `caravan` command line.
fn db_path() -> Result<PathBuf, Error> {
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--db" {
            if let Some(p) = args.next() {
                return Ok(PathBuf::from(p));
            }
        } else if let Some(p) = a.strip_prefix("--db=") {
            return Ok(PathBuf::from(p));
        }
    }
    if let Some(p) = std::env::var_os("CARAVAN_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    caravan_core::default_db_path().ok_or(Error::NoDataDir)
}

fn open_seeded() -> Result<Caravan, Error> {
    let actor = std::env::var("USER").unwrap_or_else(|_| "caravan".to_owned());
    let caravan = Caravan::open(&db_path()?, Box::new(SystemClock), actor)?;
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
        AppState {
            caravan,
            l10n: RwLock::new(Localizer::for_locale(&locale)),
            system_locale,
            launched,
        }
    }

    pub fn window_title(&self) -> String {
        self.localizer().tr("app--name", None)
    }

    pub fn localizer(&self) -> std::sync::RwLockReadGuard<'_, Localizer> {
        self.l10n.read().unwrap_or_else(|p| p.into_inner())
    }

    /// The open database, or the error that kept it closed, localised.
    pub fn caravan(&self) -> Result<&Caravan, ErrorPayload> {
        self.caravan.as_ref().map_err(|e| self.payload(e))
    }

    pub fn payload(&self, e: &Error) -> ErrorPayload {
        e.to_payload(&self.localizer())
    }
}
