//! The exchange points a profile remembers: where its alliance meets.

use crate::api::{ExchangePoint, ExchangePoints};
use crate::{Caravan, Error};
use caravan_store::exchange;

/// A location as it is kept: a URL without its trailing slash, a folder made absolute.
pub(crate) fn normalise(location: &str) -> Result<String, Error> {
    let trimmed = location.trim();
    if trimmed.is_empty() {
        return Err(caravan_domain::DomainError::Empty("exchange-point".into()).into());
    }
    if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
        return Ok(trimmed.trim_end_matches('/').to_owned());
    }
    let path = std::path::Path::new(trimmed);
    Ok(std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string())
}

impl Caravan {
    pub fn exchange_points(&self) -> Result<ExchangePoints, Error> {
        let points = self.read(|db| Ok(exchange::points(db)?))?;
        Ok(ExchangePoints {
            points: points
                .into_iter()
                .map(|p| ExchangePoint {
                    id: p.id,
                    location: p.location,
                    name: p.name,
                    published: p.published,
                })
                .collect(),
        })
    }

    /// Remembers an exchange point (a folder or a web server's URL).
    pub fn add_exchange_point(
        &self,
        location: &str,
        name: Option<&str>,
    ) -> Result<ExchangePoints, Error> {
        let location = normalise(location)?;
        caravan_exchange::transport::open(&location, self.patience)?;
        let now = self.clock.now_ms();
        self.write(|tx| {
            let id = exchange::add_point(tx, &location, name, now)?;
            self.audit(
                tx,
                "exchange.point.add",
                "exchange-point",
                Some(id),
                serde_json::json!({ "location": location, "name": name }),
            )
        })?;
        self.exchange_points()
    }

    pub fn remove_exchange_point(&self, id: i64) -> Result<ExchangePoints, Error> {
        self.write(|tx| {
            if !exchange::remove_point(tx, id)? {
                return Err(Error::PointNotFound(id));
            }
            self.audit(
                tx,
                "exchange.point.remove",
                "exchange-point",
                Some(id),
                serde_json::json!({}),
            )
        })?;
        self.exchange_points()
    }
}
