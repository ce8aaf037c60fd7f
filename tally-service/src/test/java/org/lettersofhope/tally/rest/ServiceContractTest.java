package org.lettersofhope.tally.rest;

import org.lettersofhope.commons.testing.ServiceContractTestBase;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceContractTest extends ServiceContractTestBase {
}
