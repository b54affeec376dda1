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

import java.util.List;

/**
 * What one device did with a persons operation: the customIds it confirmed and the ones it refused, each with its
 * errcode and the appendix's text. Only what the device acknowledged is listed as succeeded.
 *
 * @param deviceId  the device
 * @param operation upsert, add, delete or deleteAll
 * @param succeeded the customIds the device confirmed
 * @param failed    the customIds it refused
 * @param commands  how many commands were sent (batches and single-person commands)
 */
public record PersonsResult(String deviceId, String operation, List<String> succeeded, List<PersonFailure> failed,
                            int commands) {

    public PersonsResult {
        succeeded = List.copyOf(succeeded);
        failed = List.copyOf(failed);
    }

    public int succeededCount() {
        return succeeded.size();
    }

    public int failedCount() {
        return failed.size();
    }
}
