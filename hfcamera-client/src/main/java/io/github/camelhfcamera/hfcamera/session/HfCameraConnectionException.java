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

import javax.net.ssl.SSLException;

/** The command could not be published: the broker connection is down or refused it. */
public class HfCameraConnectionException extends HfCameraException {

    public HfCameraConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Why a connection attempt failed, in words a user can act on: the broker's refusal (its CONNACK reason), or the
     * client's message followed by the TLS cause and what to change in the SSLContextParameters.
     */
    static String reason(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException c) {
                var connAck = c.getMqttMessage();
                return "the broker refused the connection: " + words(connAck.getReasonCode())
                        + connAck.getReasonString().map(r -> " (" + r + ")").orElse("");
            }
            if (t instanceof SSLException ssl) {
                String tls = String.valueOf(ssl.getMessage());
                return message + " (TLS: " + tls + ")" + hint(tls);
            }
        }
        return message;
    }

    /** A CONNACK reason code as the broker's users know it ("Bad User Name or Password", "Not authorized"). */
    private static String words(com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode code) {
        return switch (code) {
            case BAD_USER_NAME_OR_PASSWORD -> "Bad User Name or Password";
            case NOT_AUTHORIZED -> "Not authorized";
            case CLIENT_IDENTIFIER_NOT_VALID -> "Client Identifier not valid (check clientId)";
            default -> {
                String n = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                yield Character.toUpperCase(n.charAt(0)) + n.substring(1);
            }
        };
    }

    private static String hint(String tls) {
        if (tls.contains("PKIX path") || tls.contains("unable to find valid certification path")) {
            return "; the broker's certificate is not trusted: add its authority to the trustManagers of"
                    + " sslContextParameters";
        }
        if (tls.contains("No subject alternative") || tls.contains("No name matching")) {
            return "; the broker's certificate does not name the host of brokerUrl";
        }
        if (tls.contains("certificate_required")) {
            return "; the broker requires a client certificate: set the keyManagers of sslContextParameters";
        }
        if (tls.contains("bad_certificate") || tls.contains("unknown_ca") || tls.contains("certificate_unknown")) {
            return "; the broker refused the client certificate (none, or one it does not trust): check the"
                    + " keyManagers of sslContextParameters";
        }
        return "";
    }
}
