package io.omniroute.sync;

import retrofit2.Call;
import retrofit2.http.GET;

/** {@code /health}: public, no token. */
interface HealthApi {

    @GET("health")
    Call<Health> health();
}
