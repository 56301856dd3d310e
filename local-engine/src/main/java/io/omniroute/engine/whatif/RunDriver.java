package io.omniroute.engine.whatif;

import io.omniroute.engine.simulation.Kpis;
import io.omniroute.engine.simulation.ProgressListener;
import io.omniroute.engine.simulation.SimulationListener;
import io.omniroute.engine.simulation.Simulator;
import java.io.IOException;

/**
 * How one run drives its simulator: plainly, or also writing its result files as it goes. Whatever it does, it
 * must run the simulator once and pass every decision to {@code recorder}, which may throw CancellationException
 * to stop the run.
 */
@FunctionalInterface
public interface RunDriver {

    /** Runs the simulator and nothing else. */
    RunDriver SIMULATE = (run, simulator, recorder, progress) -> simulator.run(recorder, progress);

    Kpis drive(String run, Simulator simulator, SimulationListener recorder, ProgressListener progress)
            throws IOException;
}
