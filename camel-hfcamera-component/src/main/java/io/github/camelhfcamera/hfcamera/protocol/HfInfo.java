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
