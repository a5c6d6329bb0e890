package io.grantline.projections.history;

/** A resource the history is kept for: its uri and kind (one of ResourceTypes). */
public record Resource(String uri, String type) {
}
