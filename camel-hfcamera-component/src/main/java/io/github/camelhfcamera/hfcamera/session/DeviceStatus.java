package io.github.camelhfcamera.hfcamera.session;

import java.time.Instant;

/**
 * A device of the registry: its state, when it was last heard of, and what its Online said.
 *
 * @param deviceId the device id ({@code facesluiceId})
 * @param state    online, lost or offline
 * @param since    when the device entered this state
 * @param lastSeen when the component last received a message from it
 * @param ip       the IP address its last Online gave, or {@code null}
 * @param name     the device name its last Online gave, or {@code null}
 */
public record DeviceStatus(String deviceId, DeviceState state, Instant since, Instant lastSeen, String ip, String name) {
}
