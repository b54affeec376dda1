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
package io.github.camelhfcamera.hfcamera.protocol;

import java.util.Map;

/**
 * The {@code info} object of a message. Every model type keeps the fields the document does not list (new
 * firmware adds fields) so that they stay reachable and are written back unchanged.
 */
public interface HfInfo {

    /** Fields present on the wire that the model does not declare, by wire name. Never {@code null}. */
    Map<String, Object> unknown();
}
