package org.marsad.entity;

import java.util.List;

/** Entities of one document (one per distinct referent) and their mentions in text order. */
public record EntityLayer(List<Entity> entities, List<Mention> mentions) {
    public EntityLayer {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    public static EntityLayer empty() { return new EntityLayer(List.of(), List.of()); }
}
