/*
 * Copyright 2026 The camel-hfcamera Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelhfcamera.hfcamera.session;

/**
 * The root of the session's exceptions: a command that timed out ({@link HfCameraTimeoutException}), a device that
 * answered with an error ({@link HfCameraDeviceException}), a connection that failed
 * ({@link HfCameraConnectionException}) and a message from a device that could not be used
 * ({@link HfBadInputException}), so that one handler can catch them all. Invalid arguments stay
 * {@link IllegalArgumentException}s (the protocol's {@code HfValidationException}).
 */
public class HfCameraException extends RuntimeException {

    public HfCameraException(String message) {
        super(message);
    }

    public HfCameraException(String message, Throwable cause) {
        super(message, cause);
    }
}
