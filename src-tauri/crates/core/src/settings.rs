//! Preferences kept in the database: the interface language the window remembers.

use crate::api::{Direction, UiLocale};
use crate::{Caravan, Error};
use caravan_store::settings;

impl Caravan {
    /// The interface language to open with: the one last chosen, else the best match
    /// for `system` (the computer's locale), else en-US.
    pub fn ui_locale(&self, system: Option<&str>) -> Result<UiLocale, Error> {
        let stored = self.read(|db| Ok(settings::get(db, settings::UI_LOCALE)?))?;
        let locale = stored
            .as_deref()
            .and_then(|s| caravan_i18n::negotiate(s).ok())
            .or_else(|| system.and_then(|s| caravan_i18n::negotiate(s).ok()))
            .unwrap_or(caravan_i18n::SOURCE_LOCALE);
        Ok(ui_locale(locale))
    }

    /// Switches the interface language and remembers it.
    pub fn set_ui_locale(&self, requested: &str) -> Result<UiLocale, Error> {
        let locale = caravan_i18n::negotiate(requested)?;
        self.write(|tx| {
            settings::set(tx, settings::UI_LOCALE, locale)?;
            self.audit(
                tx,
                "settings.ui-locale",
                "settings",
                None,
                serde_json::json!({ "locale": locale }),
            )
        })?;
        Ok(ui_locale(locale))
    }
}

/// The interface state for one of the six interface locales.
pub fn ui_locale(locale: &str) -> UiLocale {
    UiLocale {
        locale: locale.to_owned(),
        dir: if caravan_i18n::is_rtl(locale) {
            Direction::Rtl
        } else {
            Direction::Ltr
        },
        available: caravan_i18n::LOCALES
            .iter()
            .map(|l| (*l).to_owned())
            .collect(),
    }
}
