package org.lettersofhope.letter.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CentralAddressRepository implements PanacheRepositoryBase<CentralAddress, String> {

    /** The address, once headquarters has set it. */
    public Optional<CentralAddress> find() {
        return findByIdOptional(CentralAddress.ID);
    }
}
