package io.github.camelhfcamera.hfcamera.protocol;

/**
 * The {@code info} of a message a device pushes on its own: a record, a snapshot, an alarm or a status.
 */
public interface HfEvent extends HfInfo {

    /** The device id the payload names ({@code facesluiceId} or {@code deviceId} on the wire). */
    String deviceId();

    /**
     * The id a PushAck must echo in resume mode ({@code RecordID}, {@code SnapID} or {@code SnapOrRecordID}), or
     * {@code null} for events that carry none.
     */
    default Long recordId() {
        return null;
    }
}
