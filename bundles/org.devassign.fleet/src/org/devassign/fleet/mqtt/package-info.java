/**
 * The MQTT 5 connection (Eclipse Paho) of an agent or a client: TLS with a client certificate,
 * reconnection with jittered back-off, the will, subscriptions restored on every connection, and
 * the broker's Receive Maximum respected. The only package that uses Paho; the rest of DevAssign
 * sees {@link org.devassign.fleet.mqtt.MqttLink} and its records ({@code Backoff}, {@code Publisher}
 * and {@code InFlightWindow} are public for their own tests only).
 */
package org.devassign.fleet.mqtt;
