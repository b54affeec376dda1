package io.github.camelhfcamera.hfcamera;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options shared by every endpoint of a component: set on the component, copied per endpoint, and overridable
 * on an endpoint's URI.
 */
@UriParams
public class HfCameraConfiguration implements Cloneable {

    @UriParam(label = "producer", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a device's answer to a command before failing the exchange with a"
                            + " timeout exception naming the messageId, the device and the operator.")
    private long requestTimeout = 10000;

    @UriParam(label = "producer", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long to wait for the answer to a batch (AddPersons, EditPersonsNew, DeletePersons)"
                            + " or DeleteAllPerson, and to keep retrying a batch the device refuses as busy (410):"
                            + " a batch of 1000 photo downloads takes minutes.")
    private long batchTimeout = 600000;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Drop the image data (pic, scene, ...) from event bodies, so that routes that do not need"
                            + " the images do not keep the payload in memory.")
    private boolean dropImages;

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getBatchTimeout() {
        return batchTimeout;
    }

    public void setBatchTimeout(long batchTimeout) {
        this.batchTimeout = batchTimeout;
    }

    public boolean isDropImages() {
        return dropImages;
    }

    public void setDropImages(boolean dropImages) {
        this.dropImages = dropImages;
    }

    public HfCameraConfiguration copy() {
        try {
            return (HfCameraConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
