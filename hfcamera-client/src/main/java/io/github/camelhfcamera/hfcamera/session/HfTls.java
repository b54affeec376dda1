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

import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * TLS for an {@code ssl://} or {@code wss://} broker: the key managers (the client certificate, when the broker asks
 * for one) and trust managers (which broker certificates to trust). {@code null} managers mean the JDK's defaults;
 * empty or {@code null} lists mean the JDK's enabled protocols and cipher suites. The broker's host name is always
 * verified against its certificate.
 *
 * @param keyManagers  the client's key managers, or {@code null}
 * @param trustManagers the trust managers, or {@code null} for the JDK's trust store
 * @param protocols    the TLS protocols to enable (for example {@code TLSv1.3}), or {@code null}
 * @param cipherSuites the cipher suites to enable, or {@code null}
 */
public record HfTls(KeyManager[] keyManagers, TrustManager[] trustManagers, List<String> protocols,
                    List<String> cipherSuites) {

    /** The JDK's defaults: its trust store, no client certificate. */
    public static HfTls defaults() {
        return new HfTls(null, null, null, null);
    }

    @Override
    public String toString() {
        return "HfTls[keyManagers=" + (keyManagers == null ? "default" : keyManagers.length) + ", trustManagers="
                + (trustManagers == null ? "default" : trustManagers.length) + ", protocols=" + protocols
                + ", cipherSuites=" + cipherSuites + "]";
    }
}
