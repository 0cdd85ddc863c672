//! A command's one argument, read by the core's rules: a request that does not read (a
//! status the vocabulary lacks, a stale shape) is refused with the core's coded error in
//! the interface language, before the command runs, rather than with Tauri's English.

use crate::state::AppState;
use serde::de::DeserializeOwned;
use tauri::ipc::{CommandArg, CommandItem, InvokeError};
use tauri::{Manager, Runtime};

/// The request of a command, always passed as the argument named `request`.
#[derive(Debug)]
pub struct Request<T>(pub T);

impl<'de, R: Runtime, T: DeserializeOwned> CommandArg<'de, R> for Request<T> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let webview = command.message.webview();
        match T::deserialize(command) {
            Ok(value) => Ok(Request(value)),
            Err(e) => {
                let error = caravan_core::Error::from_request(&e);
                let state = webview.state::<AppState>();
                Err(InvokeError::from(state.payload(&error)))
            }
        }
    }
}
