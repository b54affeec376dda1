/** The command line program of the simulator ({@code java -jar camel-hfcamera-simulator-*-cli.jar --help}). */
package io.github.camelhfcamera.hfcamera.simulator.cli;
