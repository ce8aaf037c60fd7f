package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.CentralAddress;
import org.lettersofhope.letter.domain.CentralAddressRepository;

/** Headquarters' central mailing address: anyone reads it, headquarters sets it. */
@ApplicationScoped
public class CentralAddressService {

    /** What a set did: the address, and whether it was the first. */
    public record Saved(CentralAddress address, boolean created) {
    }

    @Inject
    CentralAddressRepository addresses;

    @Inject
    Access access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CentralAddress> find() {
        return addresses.find();
    }

    /**
     * Sets the address. Once there is one, only as a change of the version last read ({@code ifMatch}, the
     * version): none is a 428, another a 412.
     */
    @Transactional
    public Saved set(AddressForm form, Long expectedVersion) {
        access.requireHeadquarters();
        Optional<CentralAddress> found = addresses.find();
        CentralAddress a = found.orElseGet(CentralAddress::new);
        if (found.isPresent()) {
            if (expectedVersion == null) {
                throw ProblemException.preconditionRequired();
            }
            if (a.version != expectedVersion) {
                throw ProblemException.preconditionFailed();
            }
        }
        a.addressee = form.addresseeStripped();
        a.address = form.toAddress();
        a.updatedAt = Instant.now();
        if (found.isEmpty()) {
            addresses.persist(a);
        }
        addresses.flush();
        return new Saved(a, found.isEmpty());
    }
}
